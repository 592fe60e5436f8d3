using System.Data.Common;
using PuenteBot.State.Postgres;

namespace PuenteBot.Visits.Outreach.Postgres;

/// <summary>
/// <c>outreach</c> in PostgreSQL, shared by every instance. A claim locks the first due row with
/// <c>FOR UPDATE SKIP LOCKED</c> (instances claiming at the same moment take different rows, none waits) and sets its
/// lease in the same statement, so the row stays taken for the try after the lock is gone.
/// </summary>
public sealed class PostgresOutreachStore(PostgresDatabase database) : OutreachStore
{
    protected override string ClaimLock => "FOR UPDATE SKIP LOCKED";

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await database.OpenAsync(cancellationToken);

    protected override async Task<(DbConnection Connection, IAsyncDisposable Lease)> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        return (connection, connection);
    }

    protected override object Time(DateTimeOffset value) => value.ToUniversalTime();
}
