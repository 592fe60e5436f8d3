namespace PuenteBot.Dialogs.Recognizers;

/// <summary>How the words before a phrase bear on it.</summary>
internal enum Polarity
{
    Affirmed,
    Denied,
    Hedged,
}
