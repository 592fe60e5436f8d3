using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Turns;

namespace PuenteBot.Visits.Outreach;

/// <summary>
/// A clinician's follow-up from a case: their words planned as an outreach <c>followup</c> row, due now or, inside
/// quiet hours, at their end; the worker sends it with the follow-up conversation. A person writing: the caps do not
/// apply, quiet hours and opt-out do. (Refusing one during a live handoff is the portal's: the handoff panel is for that.)
/// </summary>
public sealed class FollowUps(IOutreachStore store, IOptions<RemindersOptions> options, IOptions<ClinicOptions> clinic, TimeProvider clock, ILogger<FollowUps> logger)
{
    /// <summary>The longest follow-up a clinician may write (about ten SMS segments).</summary>
    public const int MaxLength = 1500;

    /// <summary>Plans the follow-up; null when the text is empty or too long.</summary>
    public async Task<FollowUpQueued?> QueueAsync(string familyId, string escalationId, string author, string? text, CancellationToken cancellationToken)
    {
        var clean = InboundText.Clean(text ?? string.Empty);
        if (clean.Length is 0 or > MaxLength)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var due = options.Value.Quiet?.EndOf(now, clinic.Value.Zone) ?? now;
        var key = OutreachKinds.FollowUp + ":" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var id = await store.PlanAsync(new OutreachPlan(key, OutreachKinds.FollowUp, familyId, due, EscalationId: escalationId, Author: author, Body: clean), now, cancellationToken)
            ?? throw new InvalidOperationException("A new follow-up's random plan key was taken.");
        OutreachLog.FollowUpQueued(logger, id, escalationId, familyId, due);
        return new FollowUpQueued(id, due, due > now);
    }
}
