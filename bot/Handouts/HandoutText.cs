using System.Globalization;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;

namespace PuenteBot.Handouts;

/// <summary>The UI strings in one language, whatever the current culture (a handout page names its own language).</summary>
public sealed class HandoutText(IStringLocalizer<Strings> localizer, string language)
{
    public string Language => language;

    public string this[string key, params object[] arguments] => InCulture(() => localizer[key, arguments].Value);

    private string InCulture(Func<string> read)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var wanted = CultureInfo.GetCultureInfo(language);
        try
        {
            CultureInfo.CurrentCulture = wanted;
            CultureInfo.CurrentUICulture = wanted;
            return read();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
