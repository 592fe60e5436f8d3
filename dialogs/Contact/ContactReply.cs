using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Contact;

/// <summary>
/// What a reply to the contact question gave: a no, or a name and a number, and the yes or no it holds besides
/// (on SMS, to "is this the best number?").
/// </summary>
public sealed record ContactReply(bool Declined, string? Name, PhoneNumber? Phone, bool? ThisNumber);
