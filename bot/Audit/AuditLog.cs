using PuenteBot.Escalations;
using PuenteBot.State;

namespace PuenteBot.Audit;

/// <summary>The audit log on either provider (the same SQL; <see cref="SqlRunner"/> holds the differences). Rows are only ever inserted.</summary>
public sealed class AuditLog(SqlRunner sql) : IAuditLog
{
    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        sql.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO audit_log (at, actor, action, escalation_id, family_id, detail)
                VALUES (@at, @actor, @action, @escalation, @family, @detail)
                """;
            sql.AddTime(command, "@at", entry.At);
            SqlRunner.AddText(command, "@actor", entry.Actor);
            SqlRunner.AddText(command, "@action", entry.Action);
            SqlRunner.AddText(command, "@escalation", entry.EscalationId);
            SqlRunner.AddText(command, "@family", entry.FamilyId);
            SqlRunner.AddText(command, "@detail", entry.Detail);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task<AuditResults> QueryAsync(AuditQuery query, CancellationToken cancellationToken) =>
        sql.ReadAsync(async connection =>
        {
            var page = Math.Max(1, query.Page);
            var size = Math.Clamp(query.PageSize, 1, AuditQuery.MaxPageSize);
            var filter = $"""
                (@escalation IS NULL OR escalation_id = @escalation) AND (@actor IS NULL OR actor = @actor)
                AND (@action IS NULL OR action = @action)
                AND (CAST(@from AS {sql.TimeType}) IS NULL OR at >= @from) AND (CAST(@to AS {sql.TimeType}) IS NULL OR at < @to)
                """;
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT at, actor, action, escalation_id, family_id, detail FROM audit_log WHERE {filter}
                ORDER BY at DESC, id DESC LIMIT @size OFFSET @offset;
                SELECT COUNT(*) FROM audit_log WHERE {filter};
                """;
            SqlRunner.AddText(command, "@escalation", query.EscalationId);
            SqlRunner.AddText(command, "@actor", query.Actor);
            SqlRunner.AddText(command, "@action", query.Action);
            sql.AddTime(command, "@from", query.From);
            sql.AddTime(command, "@to", query.To);
            SqlRunner.AddNumber(command, "@size", size);
            SqlRunner.AddNumber(command, "@offset", (long)(page - 1) * size);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var items = new List<AuditEntry>();
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new AuditEntry(
                    EscalationRowReader.Time(reader.GetValue(0)),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5)));
            }

            await reader.NextResultAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return new AuditResults(items, Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), page, size);
        }, cancellationToken);
}
