package org.beachhead.workbench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Editors' accounts from outside the app, since there is no default one. At every start, {@code
 * BEACHHEAD_EDITOR=name:password} adds that editor unless one of the name exists. And the command {@code
 * --beachhead.editor.set=NAME} (run without the web server or a corpus import, see {@link EditorCommandMode})
 * adds the editor or sets a new password, read from the first line of standard input.
 */
@Component
class EditorSetup implements ApplicationRunner {

    static final String COMMAND = "beachhead.editor.set";
    private static final Logger log = LoggerFactory.getLogger(EditorSetup.class);

    private final Editors editors;
    private final String fromEnvironment;
    private final String commandName;
    private final InputStream input;
    private final PrintStream output;

    @Autowired
    EditorSetup(Editors editors, @Value("${BEACHHEAD_EDITOR:}") String fromEnvironment,
                @Value("${" + COMMAND + ":}") String commandName) {
        this(editors, fromEnvironment, commandName, System.in, System.out);
    }

    EditorSetup(Editors editors, String fromEnvironment, String commandName, InputStream input, PrintStream output) {
        this.editors = editors;
        this.fromEnvironment = fromEnvironment;
        this.commandName = commandName;
        this.input = input;
        this.output = output;
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        if (!commandName.isEmpty()) {
            String password = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8)).readLine();
            boolean added = editors.set(commandName, password == null ? "" : password);
            output.println(added ? "Added the editor " + commandName + "." : "Set a new password for the editor " + commandName + ".");
            return;
        }
        if (!fromEnvironment.isEmpty()) {
            int colon = fromEnvironment.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("BEACHHEAD_EDITOR is name:password; it has no colon");
            }
            String name = fromEnvironment.substring(0, colon);
            if (editors.addIfAbsent(name, fromEnvironment.substring(colon + 1))) {
                log.info("Added the editor {} from BEACHHEAD_EDITOR", name);
            }
        }
    }
}
