namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// A date or time found in text. <see cref="Type"/> is <c>date</c>, <c>time</c>, <c>datetime</c>,
/// <c>timerange</c> or <c>datetimerange</c>; <see cref="Timex"/> is a TIMEX3 value as Microsoft Recognizers-Text
/// writes it (XXXX for a year not said, WXX-n for a weekday); Value and End are the wall-clock start and end it
/// resolves to in the caller's zone, the next such time from the reference for call-backs.
/// </summary>
public sealed record DateTimeMatch(string Text, int Start, int Length, string Type, string Timex, DateTime? Value, DateTime? End);
