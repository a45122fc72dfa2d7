package org.beachhead.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;

import java.util.LinkedHashSet;
import java.util.Set;

/** Someone the corpus quotes or names, such as Ted Sarandos. */
@Entity
public class Person extends NamedEntity {

    private String role;

    @ElementCollection
    @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "alias")
    private Set<String> aliases = new LinkedHashSet<>();

    protected Person() {
    }

    public Person(String slug, String name, String role, Set<String> aliases) {
        super(slug, name);
        this.role = role;
        this.aliases = new LinkedHashSet<>(aliases);
    }

    public String getRole() {
        return role;
    }
}
