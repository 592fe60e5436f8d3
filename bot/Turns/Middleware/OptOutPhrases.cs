using System.Text.RegularExpressions;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Turns.Middleware;

/// <summary>
/// Revoking consent to texts in the family's own words (FCC 24-18: "any reasonable means"), English and Spanish:
/// "stop texting me", "please don't text me anymore", "ya no me manden mensajes", "no quiero más mensajes". Like the
/// keywords, a phrase counts only as the whole message (give or take "please", "por favor", "thanks", "gracias" and
/// punctuation) or as its first sentence or clause ("ya no me manden mensajes por favor, ya no vamos a ir"; "please take
/// this number off your list. We moved"), so "my son keeps saying stop texting me" stays a conversation. Examples that must and must not match
/// are in the tests; docs/sms.md lists the forms.
/// </summary>
public static partial class OptOutPhrases
{
    /// <summary>The phrase's language when the whole message revokes consent; null otherwise.</summary>
    public static string? LanguageOf(string? text) => TextNormalizer.LanguageOfWhole(text, English(), Spanish());

    [GeneratedRegex("""
        ^(?:(?:please|pls|plz|ok|okay|hi|hello)[ ,]+)?
        (?:
            (?:stop|quit|cease)\ (?:texting|messaging|sending\ (?:me\ )?(?:texts|messages|sms)|contacting)\ ?(?:me)?
          | (?:do\ not|don't|dont|never)\ (?:text|message|sms|contact)\ me\ ?(?:again|anymore|any\ more|ever\ again)?
          | no\ more\ (?:texts|text\ messages|messages|sms)
          | i\ (?:do\ not|don't|dont)\ want\ (?:any\ more|anymore|more|any)\ ?(?:texts|text\ messages|messages|sms)?(?:\ anymore)?
          | (?:take|remove)\ (?:me|us|this\ number|my\ number|our\ number)\ off\ (?:your|the|this)\ (?:list|texts|texting\ list)
          | unsubscribe\ me
        )
        (?:[ ,.!]+(?:please|pls|thanks|thank\ you|thx))?(?:[.! ]*$|\ ?[,.;!]+\ (?!.*\b(?:text|message|call|write|email)\ (?:me|us)\b).*$)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex English();

    [GeneratedRegex("""
        ^(?:(?:por\ favor|porfa|porfavor|hola|ok)[ ,]+)?
        (?:
            ya\ no\ (?:me\ )?(?:manden|mande|envien|envie|escriban|escriba|mandes|envies|escribas)(?:\ (?:mas\ )?(?:mensajes|textos|sms))?(?:\ por\ favor)?
          | no\ (?:me\ )?(?:manden|mande|envien|envie|escriban|escriba|mandes|envies|escribas)\ mas(?:\ (?:mensajes|textos|sms))?
          | (?:ya\ )?no\ quiero\ (?:recibir\ )?(?:mas|ningun)\ (?:mensajes?|textos?|sms)
          | (?:dejen|deje|deja)\ de\ (?:mandarme|enviarme|escribirme|mandar|enviar)(?:\ (?:mensajes|textos|sms))?
          | (?:quitenme|saquenme|borrenme|quiteme|saqueme)\ de\ (?:la\ |su\ |esta\ )?lista
        )
        (?:[ ,.!]+(?:por\ favor|gracias))?(?:[.! ]*$|\ ?[,.;!]+\ (?!.*\b(?:escribame|escribanme|mandeme|mandenme|llameme|llamenme|textee|texteenme)\b).*$)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Spanish();
}
