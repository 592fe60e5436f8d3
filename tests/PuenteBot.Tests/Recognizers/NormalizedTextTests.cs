using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Tests.Recognizers;

/// <summary>How contractions reach the lexicons: "'re" and "'ll" after a pronoun are spelled out, "'d" stays joined.</summary>
public sealed class NormalizedTextTests
{
    [Theory]
    [InlineData("He'll hurt the kids", " he will hurt the kids . ")]
    [InlineData("we’re late", " we are late . ")]
    [InlineData("she'll be fine, we'll see", " she will be fine . we will see . ")]
    [InlineData("I'll call", " i will call . ")]
    [InlineData("I'd rather not", " id rather not . ")]
    [InlineData("he'd hurt me", " he would hurt me . ")]
    [InlineData("OD'd on pills", " odd on pills . ")]
    public void Spells_out_contractions(string text, string normalized) => Assert.Equal(normalized, NormalizedText.Of(text));
}
