using System.Text.RegularExpressions;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Yes or no, in English, Spanish, SMS spelling or emoji; null when the text is neither. A denied agreement
/// ("not ok", "no está bien", "disagree") is a no wherever it stands; otherwise the first yes or no word decides,
/// as in "yes... I said no onions".
/// </summary>
public sealed partial class BooleanRecognizer
{
    public bool? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = " " + TextNormalizer.FoldInPlace(text) + " ";
        if (DeniedAgreement().IsMatch(folded))
        {
            return false;
        }

        var yes = Yes().Match(folded);
        var no = No().Match(folded);
        return (yes.Success, no.Success) switch
        {
            (true, true) => yes.Index < no.Index,
            (true, false) => true,
            (false, true) => false,
            _ => null,
        };
    }

    [GeneratedRegex(@"(?<![\p{L}'])(?:not (?:ok|okay|good|fine|agreed?)|no (?:esta|estoy|estamos) (?:bien|de acuerdo)|(?:dont|don't|do not) agree|disagree|no me parece)(?![\p{L}])")]
    private static partial Regex DeniedAgreement();

    [GeneratedRegex(@"(?<![\p{L}'])(?:yes+|yeah|yea|yah|ya|yep|yup|yas|ok|okay|okey|oki|okis|k|kk|sure|agreed?|correct|absolutely|definitely|of course|sounds good|alright|all right|si+|sip|simon|claro|dale|andale|orale|vale|sale|va|bueno|perfecto|listo|de acuerdo|por supuesto|esta bien|correcto|obvio|seguro|cierto)(?![\p{L}])|👍|👌|✅|🙆|💯|☑")]
    private static partial Regex Yes();

    [GeneratedRegex(@"(?<![\p{L}'])(?:no+|n|nope|nop|nah|naw|nel|nelson|never|nunca|negative|negativo|para nada|de ninguna manera|not really|no way|ni modo)(?![\p{L}])|👎|❌|🙅|🚫")]
    private static partial Regex No();
}
