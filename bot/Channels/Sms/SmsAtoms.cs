using System.Text.RegularExpressions;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// A piece of a turn's text that goes whole into one SMS part, and how strongly it is set off from the piece
/// before it: 0 a paragraph ("\n\n"), 1 a line ("\n"), 2 a sentence, 3 a word (both " ").
/// </summary>
internal readonly record struct SmsAtom(string Text, int Break);

/// <summary>
/// Cuts a turn's text into <see cref="SmsAtom"/>s: each paragraph that fits in a part whole; a longer one as the
/// sentences of each line, a numbered list ("1. …" lines) as one
/// piece together with the sentence that asks it, when the two fit in a part; and a sentence that does not fit a
/// part as its words.
/// </summary>
internal static partial class SmsAtoms
{
    public static List<SmsAtom> Of(string text, Func<string, bool> fits)
    {
        var atoms = new List<SmsAtom>();
        foreach (var paragraph in text.Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (fits(paragraph))
            {
                atoms.Add(new SmsAtom(paragraph, 0));
                continue;
            }

            var lines = paragraph.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                var strength = i == 0 ? 0 : 1;
                if (ListItem().IsMatch(lines[i]))
                {
                    var end = i;
                    while (end + 1 < lines.Count && ListItem().IsMatch(lines[end + 1]))
                    {
                        end++;
                    }

                    AddList(atoms, string.Join('\n', lines[i..(end + 1)]), strength, fits);
                    i = end;
                    continue;
                }

                foreach (var (sentence, s) in SentenceEnd().Split(lines[i]).Where(x => x.Length > 0).Select((x, n) => (x, n)))
                {
                    AddSentence(atoms, sentence, s == 0 ? strength : 2, fits);
                }
            }
        }

        return atoms;
    }

    /// <summary>
    /// The list joins the sentence just before it (its question) when that sentence ends the line before the list
    /// and the two fit in a part, or when the list alone does not fit either (it goes whole, with its question).
    /// </summary>
    private static void AddList(List<SmsAtom> atoms, string list, int strength, Func<string, bool> fits)
    {
        if (strength == 1 && atoms.Count > 0 && atoms[^1].Break < 3 && (fits(atoms[^1].Text + "\n" + list) || !fits(list)))
        {
            atoms[^1] = atoms[^1] with { Text = atoms[^1].Text + "\n" + list };
            return;
        }

        atoms.Add(new SmsAtom(list, strength));
    }

    private static void AddSentence(List<SmsAtom> atoms, string sentence, int strength, Func<string, bool> fits)
    {
        if (fits(sentence))
        {
            atoms.Add(new SmsAtom(sentence, strength));
            return;
        }

        foreach (var (word, w) in sentence.Split(' ').Where(x => x.Length > 0).Select((x, n) => (x, n)))
        {
            atoms.Add(new SmsAtom(word, w == 0 ? strength : 3));
        }
    }

    [GeneratedRegex(@"^\d+\. ")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
