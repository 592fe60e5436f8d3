using System.Text.Json.Nodes;
using PuenteBot.Dialogs.Recognizers.Learned;

namespace PuenteBot.Dialogs.Recognizers.Entities;

/// <summary>
/// Precision, recall and F1 of each entity over the messages whose writers labelled entities, overall and for the
/// weakest writer (the patterns are not trained, so a writer's batch is a held-out fold for them). A value counts as
/// found when it equals the label; ages when the sets are equal; a day or time when it shares a word with the label.
/// </summary>
public sealed record EntityMetrics(string Entity, int Labelled, int TruePositives, int FalsePositives, int FalseNegatives, double WeakestWriterF1, string WeakestWriter)
{
    public static readonly string[] Names = ["insurance", "disagrees", "conflict", "childcare", "children", "ages", "when", "child_feeling", "contact", "contact_language"];

    public double Precision => TruePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>
    /// The messages of writers who labelled entities. A writer who labelled none at all (the blind sets, written for
    /// risk, intent and barriers only) was not asked to, so an empty label there is no evidence that nothing is named.
    /// </summary>
    public static IReadOnlyList<CorpusRecord> OfLabellingWriters(IEnumerable<CorpusRecord> records)
    {
        var list = records.Where(r => r.Entities is not null).ToList();
        var labelling = list.Where(r => r.Entities!.Count > 0).Select(r => r.Writer).ToHashSet(StringComparer.Ordinal);
        return list.Where(r => labelling.Contains(r.Writer)).ToList();
    }

    public static IReadOnlyList<EntityMetrics> Measure(IReadOnlyList<CorpusRecord> records, EntityRecognizer recognizer)
    {
        var labelled = OfLabellingWriters(records);
        var reference = new DateTime(2026, 12, 2, 9, 0, 0);
        var found = labelled.Select(r => recognizer.Recognize(r.Text, r.Language, reference)).ToList();
        var rows = new List<EntityMetrics>();
        foreach (var name in Names)
        {
            var counts = new Dictionary<string, (int Tp, int Fp, int Fn)>();
            for (var i = 0; i < labelled.Count; i++)
            {
                var gold = Gold(labelled[i].Entities!, name);
                var got = Got(found[i], name);
                var (tp, fp, fn) = counts.GetValueOrDefault(labelled[i].Writer ?? "?");
                if (gold is not null && got is not null && Same(name, gold, got))
                {
                    tp++;
                }
                else
                {
                    fp += got is null ? 0 : 1;
                    fn += gold is null ? 0 : 1;
                }

                counts[labelled[i].Writer ?? "?"] = (tp, fp, fn);
            }

            var total = (Tp: counts.Values.Sum(c => c.Tp), Fp: counts.Values.Sum(c => c.Fp), Fn: counts.Values.Sum(c => c.Fn));
            var weakest = counts.Where(c => c.Value.Tp + c.Value.Fn >= 3)
                .Select(c => (Writer: c.Key, F1: F1Of(c.Value.Tp, c.Value.Fp, c.Value.Fn)))
                .OrderBy(c => c.F1).FirstOrDefault((Writer: "-", F1: double.NaN));
            rows.Add(new EntityMetrics(name, total.Tp + total.Fn, total.Tp, total.Fp, total.Fn, weakest.F1, weakest.Writer));
        }

        return rows;
    }

    public const string TableHeader =
        "| entity | labelled | precision | recall | F1 | weakest writer (F1) |\n| --- | --- | --- | --- | --- | --- |";

    public string TableRow() => $"| {Entity} | {Labelled} | {Precision:F2} | {Recall:F2} | {F1:F2} | {WeakestWriter} ({WeakestWriterF1:F2}) |";

    /// <summary>The entities found, as one line in the corpus labels ("insurance=medicaid ages=4,7").</summary>
    public static string Describe(FamilyEntities entities) =>
        string.Join(" ", Names.Select(n => (n, v: Got(entities, n))).Where(p => p.v is not null).Select(p => $"{p.n}={p.v}"));

    /// <summary>The labelled entities, in the same form as <see cref="Describe(FamilyEntities)"/>.</summary>
    public static string Describe(JsonObject entities) =>
        string.Join(" ", Names.Select(n => (n, v: Gold(entities, n))).Where(p => p.v is not null).Select(p => $"{p.n}={p.v}"));

    private static double F1Of(int tp, int fp, int fn) => tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);

    private static string? Gold(JsonObject entities, string name) => entities[name] switch
    {
        null => null,
        JsonArray array => array.Count == 0 ? null : string.Join(",", array.Select(a => a!.ToString()).Order(StringComparer.Ordinal)),
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag ? "true" : null,
        JsonValue value => value.ToString(),
        _ => null,
    };

    private static string? Got(FamilyEntities e, string name) => name switch
    {
        "insurance" => e.Insurance,
        "disagrees" => e.Disagrees,
        "conflict" => e.Conflict,
        "childcare" => e.Childcare ? "true" : null,
        "children" => e.Children?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "ages" => e.Ages.Count == 0 ? null : string.Join(",", e.Ages.Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal)),
        "when" => e.When,
        "child_feeling" => e.ChildFeeling,
        "contact" => e.Contact,
        "contact_language" => e.ContactLanguage,
        _ => null,
    };

    private static bool Same(string name, string gold, string got) => name != "when"
        ? gold == got
        : NormalizedText.Of(gold).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != ".").Intersect(NormalizedText.Of(got).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Any();
}
