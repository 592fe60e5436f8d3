using System.Text.RegularExpressions;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Topics;

namespace PuenteBot.Dialogs.Contact;

/// <summary>
/// The reply to "may I have your name and the best number to reach you?": "no", "prefiero no", "not now" or "dejarlo
/// por ahora" declines (words that put it off are not a name); otherwise
/// the number (<see cref="PhoneNumbers"/>) and the name are read from it ("Soy Ana, 555 123 4567", "it's Maria,
/// yes this number"), the name as written without "my name is", "me llamo" or a yes.
/// </summary>
public static partial class ContactAnswer
{
    private const int NameWords = 4;

    public static ContactReply Read(string? text, BooleanRecognizer booleans)
    {
        var phone = PhoneNumbers.Find(text);
        if (phone is null && (NoAnswer.Is(text) || Declines().IsMatch(text ?? string.Empty)))
        {
            return new ContactReply(true, null, null, false);
        }

        var rest = phone is null ? text ?? string.Empty : (text ?? string.Empty).Replace(phone.Words, " ", StringComparison.Ordinal);
        bool? thisNumber = phone is null ? booleans.Recognize(rest) : null;
        var name = Agreement().Replace(Lead().Replace(rest, " "), " ");
        name = Spaces().Replace(name.Replace(',', ' ').Replace(';', ' '), " ").Trim(' ', '.', '!', '-');
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var named = words.Length is > 0 and <= NameWords && words.All(w => w.All(c => char.IsLetter(c) || c is '\'' or '-' or '.'));
        return new ContactReply(false, named ? name : null, phone, thisNumber);
    }

    [GeneratedRegex(@"\b(?:prefer not|rather not|no thanks?|no,? gracias|prefiero no|mejor no|no quiero|skip|not now|later|stop for now|leave it|dejarlo|d[eé]jelo|d[eé]jalo|ahora no|por ahora|m[aá]s tarde|despu[eé]s|luego)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Declines();

    [GeneratedRegex(@"\b(?:my name is|my name's|name is|this is|it is|it's|its|i am|i'm|im|call me|me llamo|mi nombre es|soy|habla|me puede(?:n)? llamar al|al|at|(?:my|the) number is|mi número es|mi numero es|el número es|el numero es)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\b(?:es este número|es este numero|yes|yeah|yep|sure|ok|okay|sí|si|claro|este número|este numero|this number|this one|that one|is fine|is the best|the best one|es el mejor|está bien|esta bien|es este|that's fine|thats fine|es|is|and|y|the best|please|por favor|número|numero|number)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Agreement();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
