package org.beachhead.workbench;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface EditorQueries extends JpaRepository<Editor, Long> {

    Optional<Editor> findByName(String name);
}
