namespace PuenteBot.Dialogs.Recognizers;

/// <summary>Yes or no, in English, Spanish, SMS spelling or emoji; null when the text is neither.</summary>
public sealed class BooleanRecognizer
{
    private static readonly HashSet<string> Yes = ["yes", "y", "yeah", "yep", "ok", "okay", "sure", "si", "sip", "claro", "dale", "andale", "ya", "👍"];
    private static readonly HashSet<string> No = ["no", "n", "nope", "nah", "nel", "nop", "👎"];

    public bool? Recognize(string? text)
    {
        var folded = TextNormalizer.Fold(text).Trim('.', '!', ',');
        if (Yes.Contains(folded))
        {
            return true;
        }

        return No.Contains(folded) ? false : null;
    }
}
