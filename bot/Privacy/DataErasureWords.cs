using System.Text.RegularExpressions;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Privacy;

/// <summary>
/// A family asking to delete what they told PuenteBot, English and Spanish, as the whole message (give or take
/// "please", "por favor" and punctuation): "delete my data", "delete everything you know about me", "borrar mis
/// datos", "borra mis datos", "elimine mis datos", "quiero que borren toda mi información". A sentence that only
/// mentions it ("how do I delete my data later?") stays a conversation; docs/privacy.md lists the forms.
/// </summary>
public static partial class DataErasureWords
{
    /// <summary>The request's language when the whole message asks for deletion; null otherwise.</summary>
    public static string? LanguageOf(string? text) => TextNormalizer.LanguageOfWhole(text, English(), Spanish());

    [GeneratedRegex("""
        ^(?:(?:please|pls|plz|ok|okay|hi|hello)[ ,]+)?
        (?:i\ (?:want|would\ like|'d\ like|need)\ (?:you\ )?(?:to\ )?|can\ you\ |could\ you\ )?
        (?:delete|erase|remove|wipe|clear)\ (?:all\ )?
        (?:
            (?:of\ )?(?:my|our)\ (?:data|information|info|messages|conversation|history|account|records?)
          | everything\ (?:you\ (?:know|have|kept|saved|stored)\ (?:about|on|of)\ (?:me|us)|about\ (?:me|us)|i\ (?:told|said\ to|wrote)\ you)
        )
        (?:[ ,.!]+(?:please|pls|thanks|thank\ you|thx|now))?[.! ]*$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex English();

    [GeneratedRegex("""
        ^(?:(?:por\ favor|porfa|porfavor|hola|ok)[ ,]+)?
        (?:(?:quiero|quisiera|necesito)\ (?:que\ )?|(?:puede|pueden|podria|podrian)\ )?
        (?:borrar|borra|borre|borren|eliminar|elimina|elimine|eliminen|quitar|quite|quiten|suprimir|suprima|supriman)\ 
        (?:
            (?:todos\ |toda\ )?(?:mis|nuestros|nuestras)\ (?:datos|mensajes|conversaciones|registros)
          | (?:toda\ )?(?:mi|nuestra)\ (?:informacion|conversacion|historia|historial|cuenta)
          | todo\ (?:lo\ que\ (?:sabe|saben|sabes|tiene|tienen|tienes|guardo|guardaron|guardaste)\ (?:de|sobre)\ (?:mi|nosotros)|lo\ que\ (?:le|les|te)\ (?:dije|escribi|conte))
        )
        (?:[ ,.!]+(?:por\ favor|gracias|ya))?[.! ]*$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Spanish();
}
