using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Handouts;

/// <summary>The UI strings in one language, whatever the current culture (a handout page names its own language).</summary>
public sealed class HandoutText(IStringLocalizer<Strings> localizer, string language)
{
    public string Language => language;

    public string this[string key, params object[] arguments] => localizer.For(language, key, arguments);
}
