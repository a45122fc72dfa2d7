package org.beachhead.common;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migration V3 on a database that already holds rows numbered by the old identity columns: the
 * rows stay, and each table's sequence hands Hibernate ids above them, so an import after the
 * upgrade never collides with what is there. Runs on H2 and, when one is provided (as for the
 * PostgreSQL suite), on PostgreSQL in a schema of its own.
 */
class SequenceIdsMigrationTest {

    private static final String POSTGRES_URL = System.getenv("BEACHHEAD_TEST_POSTGRES_URL");

    record Database(String name, String url, String user, String password, String schema) {

        Connection connect() throws SQLException {
            Connection connection = DriverManager.getConnection(url, user, password);
            if (schema != null) {
                connection.setSchema(schema);
            }
            return connection;
        }

        Flyway flyway(String targetVersion) {
            FluentConfiguration configuration = Flyway.configure().dataSource(url, user, password).target(targetVersion);
            return (schema == null ? configuration : configuration.schemas(schema)).load();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Database> databases() {
        List<Database> databases = new ArrayList<>();
        databases.add(new Database("H2", "jdbc:h2:mem:sequence-ids;DB_CLOSE_DELAY=-1", "sa", "", null));
        if (POSTGRES_URL != null && !POSTGRES_URL.isBlank()) {
            databases.add(new Database("PostgreSQL", POSTGRES_URL, System.getenv().getOrDefault("BEACHHEAD_TEST_POSTGRES_USER", "postgres"),
                    System.getenv().getOrDefault("BEACHHEAD_TEST_POSTGRES_PASSWORD", ""), "sequence_ids_test"));
        }
        return databases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sequencesStartAboveTheIdsADatabaseAlreadyHolds(Database database) throws SQLException {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            database.flyway("2").migrate();
            sql.execute("insert into partner (slug, name, kind, summary) values ('numbered-by-identity', 'A', 'platform', '')");
            sql.execute("insert into partner (id, slug, name, kind, summary) values (120, 'left-by-earlier-imports', 'B', 'platform', '')");

            database.flyway("latest").migrate();

            assertThat(single(sql, "select count(*) from partner")).isEqualTo(2);
            assertThat(firstIdOfNextBlock(sql, "partner_seq")).isEqualTo(121);
            assertThat(firstIdOfNextBlock(sql, "event_seq")).as("an empty table starts at 1").isEqualTo(1);
            assertThatThrownBy(() -> sql.execute("insert into event (slug, kind, headline, date_year, date_approximate, dated_by, date_note)"
                    + " values ('no-id', 'deal', 'h', 2015, false, 'stated', 'n')"))
                    .as("no identity left to fill the id in").isInstanceOf(SQLException.class);
        } finally {
            if (database.schema() != null) {
                try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
                    sql.execute("drop schema " + database.schema() + " cascade");
                }
            }
        }
    }

    /** Hibernate's pooled optimizer takes a sequence value as the last id of a block of 50 (the sequences' increment). */
    private static long firstIdOfNextBlock(Statement sql, String sequence) throws SQLException {
        return single(sql, "select nextval('" + sequence + "')") - (50 - 1);
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
