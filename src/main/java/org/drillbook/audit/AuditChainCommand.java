package org.drillbook.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * {@code java -jar drillbook.jar verify-audit} (or
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments=verify-audit}): verifies the
 * audit trail's hash chain without starting the application, against the database named
 * by {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} (the same variables and
 * defaults as the application). Prints one line; exits 0 when the chain is intact, 1 when
 * it is broken, 2 when the database cannot be read.
 */
public final class AuditChainCommand {

	public static final String NAME = "verify-audit";

	private AuditChainCommand() {
	}

	public static int run(Map<String, String> env, PrintStream out) {
		String url = env.getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/drillbook");
		Properties login = new Properties();
		login.setProperty("user", env.getOrDefault("DB_USER", "postgres"));
		login.setProperty("password", env.getOrDefault("DB_PASSWORD", ""));
		login.setProperty("connectTimeout", "10");
		try (Connection connection = DriverManager.getConnection(url, login)) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			AuditChainReport report = AuditChainVerifier.verify(connection);
			connection.rollback();
			out.println(describe(report));
			return report.intact() ? 0 : 1;
		}
		catch (SQLException ex) {
			out.println("Cannot read the audit trail at " + url + ": " + ex.getMessage());
			return 2;
		}
	}

	static String describe(AuditChainReport report) {
		String head = "newest link #" + report.headSeq() + " " + report.headHash();
		if (report.intact()) {
			return "The audit trail is intact: " + report.checked() + " events checked; " + head + ".";
		}
		AuditChainReport.Link at = report.at();
		String event = (at.eventId() != null)
				? " (event " + at.eventId() + ", " + at.action() + " at " + at.occurredAt() + ")" : "";
		String what = switch (report.problem()) {
			case CHANGED -> "link #" + at.seq() + event + " was changed or written again";
			case MISSING -> "link #" + at.seq() + " is missing; the chain goes on with" + event;
			case NEWEST_MISSING ->
				"the newest events are missing from link #" + at.seq() + " on; the last left is" + event;
			case HEAD_CHANGED -> "the chain's head does not name its last link #" + at.seq() + event;
			case OUTSIDE -> "an event is in no link" + event;
		};
		return "The audit trail is BROKEN: " + what + ". " + report.checked() + " links before it are intact; " + head
				+ ".";
	}

}
