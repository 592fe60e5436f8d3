namespace PuenteBot.Dialogs.Recognizers;

/// <summary>A number word: its kind and value; <see cref="Plural"/> marks denominators such as "fifths".</summary>
internal readonly record struct NumberWord(NumberWordKind Kind, double Value, bool Plural = false);
