package org.beachhead.person;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Someone the corpus quotes or names, such as Ted Sarandos. */
@Entity
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String name;
    private String role;

    protected Person() {
    }

    public Person(String slug, String name, String role) {
        this.slug = slug;
        this.name = name;
        this.role = role;
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
