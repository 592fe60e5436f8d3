using System.ComponentModel.DataAnnotations;

namespace PuenteBot.Visits.Outreach;

/// <summary>
/// <c>Reminders:</c> — when planned messages go to families: the reminder offsets before a visit, the clinic's quiet
/// hours, the per-family caps on automated messages (the healthcare-message limits), how often the worker looks, when
/// the missed-visit message goes and how long a message waits while a crisis episode or a live handoff is on.
/// Validated on start.
/// </summary>
public sealed class RemindersOptions : IValidatableObject
{
    public const string Section = "Reminders";

    /// <summary>The offsets used when <see cref="Offsets"/> is left empty: 2 days and 2 hours before the visit.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultOffsets = [TimeSpan.FromDays(2), TimeSpan.FromHours(2)];

    /// <summary>
    /// How long before a visit each reminder is due. Empty in configuration means <see cref="DefaultOffsets"/> (filled
    /// after binding, because binding adds to a list rather than replacing it).
    /// </summary>
    public List<TimeSpan> Offsets { get; set; } = [];

    /// <summary>"HH:mm-HH:mm" in clinic time (may wrap midnight); empty for none. Messages due inside wait for its end.</summary>
    public string QuietHours { get; set; } = "20:00-08:00";

    /// <summary>Automated messages (reminders, missed-visit) a family gets per clinic-local calendar day.</summary>
    [Range(1, 100)]
    public int MaxPerDay { get; set; } = 1;

    /// <summary>Automated messages a family gets in any rolling 7 days.</summary>
    [Range(1, 100)]
    public int MaxPerWeek { get; set; } = 3;

    /// <summary>How often the worker plans and sends.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Clinic-local time of day, the day after a missed visit, the missed-visit message is due.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59")]
    public TimeSpan MissedVisitAt { get; set; } = TimeSpan.FromHours(10);

    /// <summary>How long a message waits before it is tried again while a crisis episode or a live handoff is on.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan HoldFor { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long one worker holds a claimed message for one try (another instance may take it after).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The longest offset: how far ahead the planner looks (plus a day's margin).</summary>
    public TimeSpan LongestOffset => Offsets.Count == 0 ? TimeSpan.Zero : Offsets.Max();

    /// <summary>The parsed <see cref="QuietHours"/> (valid once the options validated).</summary>
    public QuietHoursWindow? Quiet => QuietHoursWindow.TryParse(QuietHours, out var window) ? window : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Offsets.Any(o => o <= TimeSpan.Zero || o > TimeSpan.FromDays(14)))
        {
            yield return new ValidationResult("Reminders:Offsets must each be more than zero and at most 14 days.", [nameof(Offsets)]);
        }

        if (Offsets.Distinct().Count() != Offsets.Count)
        {
            yield return new ValidationResult("Reminders:Offsets must not repeat.", [nameof(Offsets)]);
        }

        if (QuietHours.Trim().Length > 0 && !QuietHoursWindow.TryParse(QuietHours, out _))
        {
            yield return new ValidationResult("Reminders:QuietHours must be \"HH:mm-HH:mm\" (clinic time) with two different times, or empty.", [nameof(QuietHours)]);
        }

        if (MaxPerWeek < MaxPerDay)
        {
            yield return new ValidationResult("Reminders:MaxPerWeek must be at least Reminders:MaxPerDay.", [nameof(MaxPerWeek)]);
        }
    }
}
