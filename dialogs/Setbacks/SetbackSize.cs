using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Setbacks;

/// <summary>
/// How big what happened was, read from the caregiver's words: a stay in hospital, the emergency room, the police,
/// a suicide attempt in the past or running away are serious and are answered as such, never as "a hard stretch".
/// Danger now is not decided here: the risk check runs on every message before any conversation.
/// </summary>
public static class SetbackSize
{
    /// <summary>Suffix of the resource keys worded for a serious event (<c>Setback.Heard.Serious</c>).</summary>
    public const string SeriousSuffix = ".Serious";

    private static readonly PhraseSet Serious = new(
        " (?:" + @"hospital\w*|hospitaliz\w*|internaron|internad[oa]s?|lo internaron|la internaron|psych ward|psychiatric (?:unit|ward|hospital)|inpatient|crisis unit|pabellon psiquiatrico|psiquiatrico"
        + "|" + @"the er|to er|an er visit|emergency room|emergency department|urgencias|emergencias|sala de emergencias?|ambulance|ambulancia|911"
        + "|" + @"police|policia|policias|cops|cop|arrest\w*|arrestaron|detuvieron|lo detuvo|la detuvo|patrulla|juvenile hall|juvenile detention|correccional"
        + "|" + @"tried to (?:kill|hurt|end)|attempted suicide|suicide attempt|attempted to (?:kill|end)|intento (?:de )?suicid\w*|intento (?:matarse|quitarse la vida|suicidarse)|trato de (?:matarse|quitarse la vida|suicidarse)|overdos\w*|sobredosis"
        + "|" + @"ran away|run away|runaway|ran off|se escapo|se fue de la casa|se salio de la casa|huyo|se nos escapo|se desaparecio" + ") ");

    /// <summary>True when the words name a serious event.</summary>
    public static bool IsSerious(string? words) => Serious.IsFoundIn(NormalizedText.Of(words));

    /// <summary>The key worded for the size of what happened: <paramref name="key"/> + <see cref="SeriousSuffix"/> when serious.</summary>
    public static string Key(string key, string? words) => IsSerious(words) ? key + SeriousSuffix : key;
}
