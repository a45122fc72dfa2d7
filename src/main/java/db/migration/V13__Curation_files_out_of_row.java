package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps the curation history's file contents out of H2's row pages: as {@code bytea} (H2's VARBINARY) a large
 * corpus's curation file was written inline, and storing a page of them grew one write buffer until a save ran
 * out of heap (docs/benchmarks.md, "A save written in place"). H2's BLOB is stored apart and streamed.
 * PostgreSQL keeps {@code bytea}: it moves large values out of the row itself. Java because the two databases
 * share no statement for it.
 */
public class V13__Curation_files_out_of_row extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        String database = context.getConnection().getMetaData().getDatabaseProductName();
        if (database.equals("H2")) {
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute("alter table curation_blob alter column content set data type blob");
            }
        }
    }
}
