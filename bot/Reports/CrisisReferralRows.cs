using System.Data.Common;
using PuenteBot.Escalations;

namespace PuenteBot.Reports;

/// <summary>How <see cref="CrisisReferral"/>s are read on either provider: kind, language, channel, raised, acknowledged.</summary>
internal static class CrisisReferralRows
{
    public static async Task<IReadOnlyList<CrisisReferral>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var referrals = new List<CrisisReferral>();
        while (await reader.ReadAsync(cancellationToken))
        {
            referrals.Add(new CrisisReferral(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                EscalationRowReader.Time(reader.GetValue(3)),
                reader.IsDBNull(4) ? null : EscalationRowReader.Time(reader.GetValue(4))));
        }

        return referrals;
    }
}
