namespace PuenteBot.Audit;

/// <summary>The append-only audit log (<c>audit_log</c>): who viewed, joined, wrote to, claimed, closed or exported what.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    Task<AuditResults> QueryAsync(AuditQuery query, CancellationToken cancellationToken);
}
