using Microsoft.Data.Sqlite;

namespace PuenteBot.State.Sqlite;

/// <summary>The schema, as numbered migrations; <c>PRAGMA user_version</c> records how far a file has come.</summary>
internal static class SqliteSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE conversations (
            id TEXT PRIMARY KEY,
            channel_id TEXT,
            version INTEGER NOT NULL,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE conversation_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id TEXT NOT NULL,
            direction TEXT NOT NULL,
            activity_id TEXT,
            activity_type TEXT NOT NULL,
            text TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX ix_conversation_log_conversation ON conversation_log (conversation_id, id);
        CREATE TABLE escalations (
            id TEXT PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            urgency TEXT NOT NULL,
            reason TEXT NOT NULL,
            summary TEXT NOT NULL,
            state TEXT NOT NULL,
            created_at TEXT NOT NULL,
            acknowledged_by TEXT,
            acknowledged_at TEXT
        );
        CREATE INDEX ix_escalations_state ON escalations (state, created_at);
        """,
        """
        CREATE TABLE sms_contacts (
            conversation_id TEXT PRIMARY KEY,
            phone TEXT NOT NULL,
            bot_number TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE sms_messages (
            message_sid TEXT PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            received_at TEXT NOT NULL
        );
        CREATE TABLE sms_settings (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
        """
        CREATE TABLE escalation_deliveries (
            escalation_id TEXT NOT NULL,
            notifier TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt_at TEXT NOT NULL,
            last_error TEXT,
            delivered_at TEXT,
            idempotency_key TEXT NOT NULL,
            PRIMARY KEY (escalation_id, notifier)
        );
        CREATE INDEX ix_escalation_deliveries_due ON escalation_deliveries (state, next_attempt_at);
        """,
        """
        CREATE TABLE health_probe (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            probed_at TEXT NOT NULL,
            filler BLOB NOT NULL
        );
        """,
        """
        CREATE TABLE sms_outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id TEXT NOT NULL,
            delivery_id TEXT NOT NULL,
            part INTEGER NOT NULL,
            body TEXT NOT NULL,
            despite_opt_out INTEGER NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            twilio_sid TEXT,
            status_at TEXT,
            error_code INTEGER,
            last_error TEXT,
            UNIQUE (delivery_id, part)
        );
        CREATE INDEX ix_sms_outbox_due ON sms_outbox (state, next_attempt_at);
        CREATE INDEX ix_sms_outbox_conversation ON sms_outbox (conversation_id, state, id);
        CREATE INDEX ix_sms_outbox_twilio_sid ON sms_outbox (twilio_sid);
        """,
        """
        CREATE TABLE directline_conversations (
            id TEXT PRIMARY KEY,
            token_key BLOB NOT NULL,
            last_sequence INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            last_activity_at TEXT NOT NULL
        );
        CREATE INDEX ix_directline_conversations_idle ON directline_conversations (last_activity_at);
        CREATE TABLE directline_activities (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            activity TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (conversation_id, sequence)
        );
        """,
        """
        CREATE TABLE families (
            id TEXT PRIMARY KEY,
            mrn TEXT NOT NULL,
            child_first_name TEXT NOT NULL,
            caregiver_name TEXT NOT NULL,
            phone TEXT,
            language TEXT NOT NULL,
            channel TEXT NOT NULL,
            clinician TEXT,
            created_at TEXT NOT NULL,
            search_names TEXT NOT NULL
        );
        CREATE INDEX ix_families_mrn ON families (mrn);
        CREATE TABLE family_conversations (
            conversation_id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES families (id),
            linked_at TEXT NOT NULL
        );
        CREATE INDEX ix_family_conversations_family ON family_conversations (family_id, linked_at);
        """,
        CasesAndAudit,
        PortalRevocations,
        Visits,
    ];

    /// <summary>
    /// Migration 8, cases + audit: who owns an escalation and where it stands (no row: open), the staff's notes on
    /// it, and the append-only audit log (ids and codes only: never message text, phone numbers or family names).
    /// </summary>
    private const string CasesAndAudit = """
        CREATE TABLE escalation_cases (
            escalation_id TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            owner TEXT,
            disposition TEXT,
            repaged_at TEXT,
            updated_at TEXT NOT NULL,
            closed_at TEXT
        );
        CREATE TABLE case_notes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            escalation_id TEXT NOT NULL,
            author TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX ix_case_notes_escalation ON case_notes (escalation_id, id);
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            escalation_id TEXT,
            family_id TEXT,
            detail TEXT
        );
        CREATE INDEX ix_audit_log_at ON audit_log (at);
        CREATE INDEX ix_audit_log_escalation ON audit_log (escalation_id, id);
        """;

    /// <summary>
    /// Migration 9, portal revocations: signed-out sessions (<c>kind</c> 'session', <c>key</c> the session id) and
    /// "sign out everywhere" (<c>kind</c> 'user', <c>key</c> the lower-cased user, <c>at</c> when), shared by every
    /// instance; a row is pruned once <c>expires</c> passes (the cookies it names have expired by then).
    /// </summary>
    private const string PortalRevocations = """
        CREATE TABLE portal_revocations (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            at TEXT NOT NULL,
            expires TEXT NOT NULL,
            PRIMARY KEY (kind, key)
        );
        CREATE INDEX ix_portal_revocations_expires ON portal_revocations (expires);
        """;

    /// <summary>
    /// Migration 10, visits: the family's answer to reminders (<c>families.reminders</c>: null not asked, 1 yes, 0 no),
    /// the clinic's appointments (times in UTC; <c>attended</c> null until the clinic marks it, 1 came, 0 no-show;
    /// <c>reply</c> the family's latest answer to a reminder: confirmed, change, barrier) and <c>outreach</c>, every
    /// message PuenteBot plans to send a family outside a turn (a reminder per offset, the missed-visit message, a
    /// clinician's follow-up): one row per planned message, <c>plan_key</c> unique so planning twice plans once, due at
    /// <c>due_at</c>, claimed under a lease, and ended sent, skipped (with the rule that held it back) or cancelled.
    /// <c>body</c> holds a clinician's follow-up words only (staff text, erased with the family).
    /// </summary>
    private const string Visits = """
        ALTER TABLE families ADD COLUMN reminders INTEGER;
        CREATE TABLE appointments (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES families (id),
            starts_at TEXT NOT NULL,
            clinician TEXT,
            kind TEXT NOT NULL,
            state TEXT NOT NULL,
            attended INTEGER,
            reply TEXT,
            replied_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX ix_appointments_start ON appointments (state, starts_at);
        CREATE INDEX ix_appointments_family ON appointments (family_id, starts_at);
        CREATE TABLE outreach (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            plan_key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            family_id TEXT NOT NULL,
            appointment_id TEXT,
            escalation_id TEXT,
            author TEXT,
            body TEXT,
            due_at TEXT NOT NULL,
            state TEXT NOT NULL,
            reason TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            lease_until TEXT,
            conversation_id TEXT,
            channel TEXT,
            language TEXT,
            reply TEXT,
            replied_at TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT
        );
        CREATE INDEX ix_outreach_due ON outreach (state, due_at);
        CREATE INDEX ix_outreach_family ON outreach (family_id, sent_at);
        CREATE INDEX ix_outreach_appointment ON outreach (appointment_id);
        """;

    /// <summary>The version a file has once every migration ran.</summary>
    public static int LatestVersion => Migrations.Length;

    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var current = Convert.ToInt32(await ScalarAsync(connection, transaction, "PRAGMA user_version;", cancellationToken));
        for (var version = current; version < Migrations.Length; version++)
        {
            await ExecuteAsync(connection, transaction, Migrations[version], cancellationToken);
            await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {version + 1};", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
