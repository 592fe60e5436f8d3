using Npgsql;

namespace PuenteBot.State.Postgres;

/// <summary>
/// The PostgreSQL schema as numbered migrations, the same tables and columns as <c>SqliteSchema</c> (times as
/// <c>timestamptz</c>, JSON documents as <c>jsonb</c>). <c>schema_migrations</c> records how far a database has come;
/// instances starting together take an advisory lock, so each migration runs once.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>Any fixed number: the advisory lock the instances of one database migrate under.</summary>
    private const long MigrationLock = 0x5075_656E_7465;

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE conversations (
            id TEXT PRIMARY KEY,
            channel_id TEXT,
            version BIGINT NOT NULL,
            data TEXT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE conversation_log (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            direction TEXT NOT NULL,
            activity_id TEXT,
            activity_type TEXT NOT NULL,
            text TEXT,
            created_at TIMESTAMPTZ NOT NULL
        );
        CREATE INDEX ix_conversation_log_conversation ON conversation_log (conversation_id, id);
        CREATE TABLE escalations (
            id TEXT PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            urgency TEXT NOT NULL,
            reason TEXT NOT NULL,
            summary JSONB NOT NULL,
            state TEXT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            acknowledged_by TEXT,
            acknowledged_at TIMESTAMPTZ
        );
        CREATE INDEX ix_escalations_state ON escalations (state, created_at);
        CREATE TABLE sms_contacts (
            conversation_id TEXT PRIMARY KEY,
            phone TEXT NOT NULL,
            bot_number TEXT,
            updated_at TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE sms_messages (
            message_sid TEXT PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            received_at TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE sms_settings (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE escalation_deliveries (
            escalation_id TEXT NOT NULL,
            notifier TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt_at TIMESTAMPTZ NOT NULL,
            last_error TEXT,
            delivered_at TIMESTAMPTZ,
            idempotency_key TEXT NOT NULL,
            PRIMARY KEY (escalation_id, notifier)
        );
        CREATE INDEX ix_escalation_deliveries_due ON escalation_deliveries (state, next_attempt_at);
        CREATE TABLE health_probe (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            probed_at TIMESTAMPTZ NOT NULL,
            filler BYTEA NOT NULL
        );
        """,
        """
        CREATE TABLE sms_outbox (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            delivery_id TEXT NOT NULL,
            part INTEGER NOT NULL,
            body TEXT NOT NULL,
            despite_opt_out BOOLEAN NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt_at TIMESTAMPTZ NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            sent_at TIMESTAMPTZ,
            twilio_sid TEXT,
            status_at TIMESTAMPTZ,
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
            token_key BYTEA NOT NULL,
            last_sequence BIGINT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            last_activity_at TIMESTAMPTZ NOT NULL
        );
        CREATE INDEX ix_directline_conversations_idle ON directline_conversations (last_activity_at);
        CREATE TABLE directline_activities (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            sequence BIGINT NOT NULL,
            activity TEXT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
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
            created_at TIMESTAMPTZ NOT NULL,
            search_names TEXT NOT NULL
        );
        CREATE INDEX ix_families_mrn ON families (mrn);
        CREATE TABLE family_conversations (
            conversation_id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES families (id),
            linked_at TIMESTAMPTZ NOT NULL
        );
        CREATE INDEX ix_family_conversations_family ON family_conversations (family_id, linked_at);
        """,
        CasesAndAudit,
        PortalRevocations,
        Visits,
    ];

    /// <summary>Cases + audit: the same tables as SQLite's migration 8 (owner and state of a case, staff notes, the append-only audit log).</summary>
    private const string CasesAndAudit = """
        CREATE TABLE escalation_cases (
            escalation_id TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            owner TEXT,
            disposition TEXT,
            repaged_at TIMESTAMPTZ,
            updated_at TIMESTAMPTZ NOT NULL,
            closed_at TIMESTAMPTZ
        );
        CREATE TABLE case_notes (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            escalation_id TEXT NOT NULL,
            author TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL
        );
        CREATE INDEX ix_case_notes_escalation ON case_notes (escalation_id, id);
        CREATE TABLE audit_log (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at TIMESTAMPTZ NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            escalation_id TEXT,
            family_id TEXT,
            detail TEXT
        );
        CREATE INDEX ix_audit_log_at ON audit_log (at);
        CREATE INDEX ix_audit_log_escalation ON audit_log (escalation_id, id);
        """;

    /// <summary>Portal revocations: the same table as SQLite's migration 9 (signed-out sessions and "sign out everywhere", until they expire).</summary>
    private const string PortalRevocations = """
        CREATE TABLE portal_revocations (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            at TIMESTAMPTZ NOT NULL,
            expires TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (kind, key)
        );
        CREATE INDEX ix_portal_revocations_expires ON portal_revocations (expires);
        """;

    /// <summary>Visits: the same columns and tables as SQLite's migration 10 (reminder consent, appointments, the outreach plan).</summary>
    private const string Visits = """
        ALTER TABLE families ADD COLUMN reminders BOOLEAN;
        CREATE TABLE appointments (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES families (id),
            starts_at TIMESTAMPTZ NOT NULL,
            clinician TEXT,
            kind TEXT NOT NULL,
            state TEXT NOT NULL,
            attended BOOLEAN,
            reply TEXT,
            replied_at TIMESTAMPTZ,
            created_at TIMESTAMPTZ NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL
        );
        CREATE INDEX ix_appointments_start ON appointments (state, starts_at);
        CREATE INDEX ix_appointments_family ON appointments (family_id, starts_at);
        CREATE TABLE outreach (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            plan_key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            family_id TEXT NOT NULL,
            appointment_id TEXT,
            escalation_id TEXT,
            author TEXT,
            body TEXT,
            due_at TIMESTAMPTZ NOT NULL,
            state TEXT NOT NULL,
            reason TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            lease_until TIMESTAMPTZ,
            conversation_id TEXT,
            channel TEXT,
            language TEXT,
            reply TEXT,
            replied_at TIMESTAMPTZ,
            created_at TIMESTAMPTZ NOT NULL,
            sent_at TIMESTAMPTZ
        );
        CREATE INDEX ix_outreach_due ON outreach (state, due_at);
        CREATE INDEX ix_outreach_family ON outreach (family_id, sent_at);
        CREATE INDEX ix_outreach_appointment ON outreach (appointment_id);
        """;

    /// <summary>The version a database has once every migration ran.</summary>
    public static int LatestVersion => Migrations.Length;

    public static async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock});", cancellationToken);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now());", cancellationToken);
        await using (var read = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_migrations;", connection, transaction))
        {
            var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            for (var version = current; version < Migrations.Length; version++)
            {
                await ExecuteAsync(connection, transaction, Migrations[version], cancellationToken);
                await ExecuteAsync(connection, transaction, $"INSERT INTO schema_migrations (version) VALUES ({version + 1});", cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
