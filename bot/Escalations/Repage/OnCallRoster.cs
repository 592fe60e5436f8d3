using Microsoft.Extensions.Options;
using PuenteBot.Dialogs.Clinic;

namespace PuenteBot.Escalations.Repage;

/// <summary>Who to re-page: the on-call clinicians on duty at that clinic-time hour who speak the family's language; all on duty when none of them does.</summary>
public sealed class OnCallRoster(IOptions<ClinicianOptions> clinicians, IOptions<ClinicOptions> clinic)
{
    public bool IsEmpty => clinicians.Value.OnCall.Count == 0;

    public IReadOnlyList<OnCallClinician> For(DateTimeOffset now, string? language)
    {
        var time = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, clinic.Value.Zone).DateTime);
        var onDuty = clinicians.Value.OnCall.Where(c => c.IsOnDutyAt(time)).ToList();
        var speakers = onDuty.Where(c => c.Speaks(language)).ToList();
        return speakers.Count > 0 ? speakers : onDuty;
    }
}
