package org.beachhead.postgres;

/**
 * Whether a real PostgreSQL server was provided for the integration suite (by {@code .ci/run},
 * or by a developer exporting BEACHHEAD_TEST_POSTGRES_URL). When it was not, the suite is skipped
 * and says so on the console, so a green run never hides that PostgreSQL went untested.
 */
final class PostgresAvailable {

    static final String URL_VARIABLE = "BEACHHEAD_TEST_POSTGRES_URL";

    private PostgresAvailable() {
    }

    static boolean configured() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            System.out.println("SKIPPED: the PostgreSQL integration suite needs a server; set " + URL_VARIABLE
                    + " (and BEACHHEAD_TEST_POSTGRES_USER / _PASSWORD), as .ci/run does.");
            return false;
        }
        return true;
    }
}
