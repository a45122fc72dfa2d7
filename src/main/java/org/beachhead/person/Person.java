package org.beachhead.person;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import org.beachhead.common.SequenceIds;

import java.util.LinkedHashSet;
import java.util.Set;

/** Someone the corpus quotes or names, such as Ted Sarandos. */
@Entity
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = SequenceIds.BLOCK)
    private Long id;

    private String slug;
    private String name;
    private String role;

    @ElementCollection
    @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "alias")
    private Set<String> aliases = new LinkedHashSet<>();

    protected Person() {
    }

    public Person(String slug, String name, String role, Set<String> aliases) {
        this.slug = slug;
        this.name = name;
        this.role = role;
        this.aliases = new LinkedHashSet<>(aliases);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }
}
