using System.Data.Common;
using PuenteBot.Escalations.Sqlite;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Visits.Outreach.Sqlite;

/// <summary>
/// <c>outreach</c> in the SQLite file. A claim is one UPDATE … RETURNING that sets the row's lease: SQLite runs one
/// writer at a time (across processes too), so two workers cannot take the same row, and a worker that dies leaves it
/// to be taken again when the lease ends.
/// </summary>
public sealed class SqliteOutreachStore(SqliteDatabase database) : OutreachStore
{
    protected override string ClaimLock => string.Empty;

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await database.OpenAsync(cancellationToken);

    protected override async Task<(DbConnection Connection, IAsyncDisposable Lease)> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        var lease = await database.OpenForWriteAsync(cancellationToken);
        return (lease.Connection, lease);
    }

    protected override object Time(DateTimeOffset value) => SqliteTime.Text(value);
}
