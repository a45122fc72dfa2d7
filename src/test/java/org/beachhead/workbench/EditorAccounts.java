package org.beachhead.workbench;

import org.springframework.context.ApplicationContext;

/** For tests outside this package (the browser journey): an editor to sign in as, and a clean slate of limits. */
public final class EditorAccounts {

    private EditorAccounts() {
    }

    public static void add(ApplicationContext context, String name, String password) {
        context.getBean(Editors.class).set(name, password);
        context.getBean(SignInThrottle.class).forget();
        context.getBean(ReportLimit.class).forget();
    }
}
