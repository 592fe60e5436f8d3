using System.Collections;
using System.Globalization;
using System.Resources;
using System.Xml.Linq;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Resources;

namespace PuenteBot.Content.Checking;

/// <summary>The UI strings (resx) of each language, key to value.</summary>
public static class StringTables
{
    /// <summary>The strings compiled into the content assembly and its Spanish satellite.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Embedded()
    {
        var manager = new ResourceManager(typeof(Strings).FullName!, typeof(Strings).Assembly);
        return new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [HandoutLanguages.English] = Read(manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)),
            [HandoutLanguages.Spanish] = Read(manager.GetResourceSet(CultureInfo.GetCultureInfo("es"), true, false)),
        };
    }

    /// <summary>The strings of <c>Strings.resx</c> (English) and <c>Strings.es.resx</c> in a folder.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> FromResxFolder(string folder) =>
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [HandoutLanguages.English] = ReadResx(Path.Combine(folder, "Strings.resx")),
            [HandoutLanguages.Spanish] = ReadResx(Path.Combine(folder, "Strings.es.resx")),
        };

    private static Dictionary<string, string> Read(ResourceSet? set) =>
        set is null
            ? []
            : set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? string.Empty, StringComparer.Ordinal);

    private static Dictionary<string, string> ReadResx(string path) =>
        !File.Exists(path)
            ? []
            : XDocument.Load(path).Root!.Elements("data").ToDictionary(
                d => (string)d.Attribute("name")!,
                d => (string?)d.Element("value") ?? string.Empty,
                StringComparer.Ordinal);
}
