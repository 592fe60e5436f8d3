namespace PuenteBot.Dialogs.Recognizers;

/// <summary>Levenshtein distance, cut off early: enough to forgive a typo or two in a word.</summary>
internal static class EditDistance
{
    /// <summary>Whether <paramref name="a"/> is within <paramref name="limit"/> edits of <paramref name="b"/>.</summary>
    public static bool Within(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return false;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return false;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length] <= limit;
    }

    /// <summary>Typos forgiven in a word of this length: none up to 3 letters, one up to 7, two beyond.</summary>
    public static int Allowed(int length) => length <= 3 ? 0 : length <= 7 ? 1 : 2;
}
