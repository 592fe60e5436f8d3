using PuenteBot.Dialogs.Llm;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Recognizers.Learned;

namespace PuenteBot.Tests.Llm;

public sealed class AnswerGuardTests
{
    private static readonly AnswerGuard Guard = new(new RiskDecider(new RiskRecognizer(), new LearnedRecognizer()));

    private const string Passages = "Free interpreters. You have the right to a free interpreter at every visit. Many children feel anxiety before a first visit.";

    [Theory]
    [InlineData("Ask the front desk for an interpreter. It is free at every visit.")]
    [InlineData("Puede pedir un intérprete en cada cita.")]
    [InlineData("Many children feel anxiety before a first visit; that is normal.")]
    public void Lets_an_answer_the_passages_support_through(string answer) => Assert.Null(Guard.Problem(answer, Passages));

    [Theory]
    [InlineData("Try melatonin before bed.", "medication")]
    [InlineData("Puede darle Zoloft.", "medication")]
    [InlineData("Half a pill, 5 mg, should help.", "dose")]
    [InlineData("La dosis depende del peso.", "dose")]
    [InlineData("He probably has ADHD.", "diagnosis")]
    [InlineData("Parece que su hijo tiene TDAH.", "diagnosis")]
    [InlineData("This could be bipolar.", "diagnosis")]
    [InlineData("We guarantee he will get better.", "promise")]
    [InlineData("Le llamaremos mañana.", "promise")]
    [InlineData("If he wants to kill himself, hide the knives.", "risk")]
    public void Sets_aside_what_the_bot_never_says(string answer, string problem) => Assert.Equal(problem, Guard.Problem(answer, Passages));
}
