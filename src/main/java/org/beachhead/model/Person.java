package org.beachhead.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;
import org.beachhead.common.Text;
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

    private String chineseName;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "role"))
    @AttributeOverride(name = "zh", column = @Column(name = "role_zh"))
    private Text role;

    @ElementCollection
    @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "alias")
    private Set<String> aliases = new LinkedHashSet<>();

    protected Person() {
    }

    public Person(String slug, String name, String chineseName, Text role, Set<String> aliases) {
        super(slug, name);
        this.chineseName = chineseName;
        this.role = role;
        this.aliases = new LinkedHashSet<>(aliases);
    }

    public String getChineseName() {
        return chineseName;
    }

    public Text getRole() {
        return role;
    }
}
