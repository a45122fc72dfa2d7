package org.beachhead.workbench;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The editors' accounts. Passwords go through Spring Security's delegating encoder: each hash is stored with
 * the id of its algorithm ({@code {bcrypt}…}), so a later, stronger default still checks the hashes made
 * before it and re-hashes each one at its editor's next sign-in ({@link #upgrade}), with no migration.
 */
@Service
class Editors {

    static final int MAX_NAME = 60;
    static final int MIN_PASSWORD = 12;
    /** BCrypt reads at most 72 bytes; a longer password would be cut silently. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1," + MAX_NAME + "}");

    private final EditorQueries editors;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Clock clock = Clock.systemUTC();

    Editors(EditorQueries editors) {
        this.editors = editors;
    }

    PasswordEncoder encoder() {
        return encoder;
    }

    @Transactional(readOnly = true)
    UserDetails signingIn(String name) {
        Editor editor = editors.findByName(name).orElseThrow(() -> new UsernameNotFoundException("No editor " + name));
        return User.withUsername(editor.name()).password(editor.passwordHash()).roles("EDITOR").build();
    }

    @Transactional
    UserDetails upgrade(UserDetails user, String newHash) {
        editors.findByName(user.getUsername()).ifPresent(editor -> editor.passwordHash(newHash));
        return User.withUserDetails(user).password(newHash).build();
    }

    /** Adds the editor unless one of that name exists, whose password then stays as it is. True when added. */
    @Transactional
    boolean addIfAbsent(String name, String password) {
        check(name, password);
        if (editors.findByName(name).isPresent()) {
            return false;
        }
        editors.save(new Editor(name, encoder.encode(password), Instant.now(clock)));
        return true;
    }

    /** Adds the editor, or sets a new password for the one of that name. True when added. */
    @Transactional
    boolean set(String name, String password) {
        check(name, password);
        return editors.findByName(name).map(editor -> {
            editor.passwordHash(encoder.encode(password));
            return false;
        }).orElseGet(() -> {
            editors.save(new Editor(name, encoder.encode(password), Instant.now(clock)));
            return true;
        });
    }

    private static void check(String name, String password) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("An editor's name is 1 to " + MAX_NAME
                    + " letters, digits, dots, dashes or underscores; got '" + name + "'");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("A password has at least " + MIN_PASSWORD + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("A password has at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
        }
    }
}
