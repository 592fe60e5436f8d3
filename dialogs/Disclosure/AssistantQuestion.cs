using System.Text.RegularExpressions;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Disclosure;

/// <summary>
/// "Are you a bot?", "is this a real person?", "¿es usted una persona?", "¿eres un robot?", "are you a therapist?":
/// a family asking what they are talking to, which is always answered plainly (<see cref="AiDisclosure"/>).
/// </summary>
public static class AssistantQuestion
{
    private static readonly Regex Asked = new(
        " (?:"
        + @"(?:are|r) (?:you|u) (?:a |an )?(?:real )?(?:bot|robot|machine|computer|ai|human|person|real person|real|automated|chatbot|therapist|counselor|counsellor|doctor)"
        + @"|(?:is|am i talking to|am i chatting with|talking to|is this|this is) (?:this |a |an )?(?:real )?(?:bot|robot|machine|computer|ai|human|person|chatbot|automated|therapist|counselor|real person)"
        + @"|(?:is|are) (?:this|you) (?:a )?real"
        + @"|(?:eres|es usted|usted es|sera usted) (?:un |una )?(?:persona|robot|bot|maquina|computadora|humano|humana|real|persona real|inteligencia artificial|ia|terapeuta|consejer[oa]|doctor|doctora|automatico|automatica)"
        + @"|(?:es|sera) (?:un |una )?(?:robot|bot|maquina|computadora|persona real|inteligencia artificial|automatico|automatica)"
        + @"|(?:estoy hablando|hablo|estoy chateando) con (?:un |una )?(?:persona|robot|bot|maquina|computadora|humano|humana|persona real|inteligencia artificial)"
        + @"|hay (?:una persona|alguien) (?:real )?(?:ahi|aqui|del otro lado)"
        + ") ",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromMilliseconds(200));

    public static bool Matches(string? text) => Asked.IsMatch(NormalizedText.Of(text));
}
