namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// The limits a caregiver puts on a call-back time: "weekdays after 3:30, not Mondays" is days 1–5, except 1, from
/// 15:30; "martes o jueves en la tarde" is days 2 and 4, afternoon. Weekdays are numbered Monday = 1 … Sunday = 7;
/// times are the clinic's wall clock.
/// </summary>
public sealed record DateTimeWindow
{
    /// <summary>The weekdays allowed, in order; empty when any day will do.</summary>
    public IReadOnlyList<int> Days { get; init; } = [];

    /// <summary>The weekdays excluded ("not Mondays", "menos los lunes").</summary>
    public IReadOnlyList<int> ExceptDays { get; init; } = [];

    /// <summary>One day meant rather than a weekly pattern ("tomorrow", "el jueves").</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The earliest time ("after 3:30"); with <see cref="To"/> the same, one moment ("at 4").</summary>
    public TimeOnly? From { get; init; }

    /// <summary>The latest time ("before 10 am").</summary>
    public TimeOnly? To { get; init; }

    /// <summary>A part of the day said in words (MO, AF, EV, NI), whose hours are <see cref="From"/> and <see cref="To"/>.</summary>
    public string? PartOfDay { get; init; }

    /// <summary>True when the words said nothing this window can hold.</summary>
    public bool IsEmpty => Days.Count == 0 && ExceptDays.Count == 0 && Date is null && From is null && To is null && !AnyDay;

    /// <summary>The words said any day on purpose ("any morning", "cualquier día").</summary>
    public bool AnyDay { get; init; }

    /// <summary>A weekly pattern (days allowed or excluded, or any day) rather than one day.</summary>
    public bool IsWeekly => Days.Count > 0 || ExceptDays.Count > 0 || AnyDay;
}
