namespace PuenteBot.Tests.Recognizers;

/// <summary>How many cases of a specification file a recognizer passes, printed to the test output.</summary>
public sealed record SpecRate(string File, int Passed, int Total)
{
    public double Rate => Total == 0 ? 0 : (double)Passed / Total;

    public static SpecRate Of(string file, IEnumerable<bool> outcomes)
    {
        var list = outcomes.ToList();
        var rate = new SpecRate(file, list.Count(o => o), list.Count);
        TestContext.Current.TestOutputHelper!.WriteLine(rate.ToString());
        return rate;
    }

    public override string ToString() => $"{File}: {Passed}/{Total} = {Rate:P1}";
}
