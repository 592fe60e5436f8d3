using PuenteBot.Dialogs.Llm;

namespace PuenteBot.Tests.Llm;

public sealed class PersonalDetailsTests
{
    [Theory]
    [InlineData("my daughter Sofía won't go, text me at (555) 201-7788", "my daughter [NAME] won't go, text me at [PHONE]")]
    [InlineData("mi hijo juan no quiere ir a la cita", "mi hijo [NAME] no quiere ir a la cita")]
    [InlineData("me llamo Rosa Gutiérrez y vivo en Calle Morelos 114", "me llamo [NAME] [NAME] y vivo en [ADDRESS]")]
    [InlineData("we live at 2210 W Oak Street apt 4 now", "we live at [ADDRESS] now")]
    [InlineData("his medicaid number is 4471-2209-18, email ana.p@example.org", "his medicaid number is [NUMBER], email [EMAIL]")]
    [InlineData("la maestra Pérez dice que no pone atención", "la maestra [NAME] dice que no pone atención")]
    [InlineData("can Dr. Kim see him on tuesday?", "can Dr. [NAME] see him on tuesday?")]
    [InlineData("what if they don't have a ride that day?", "what if they don't have a ride that day?")]
    public void Hides_what_would_identify_someone(string text, string expected) =>
        Assert.Equal(expected, PersonalDetails.Redact(text));

    [Fact]
    public void Hides_the_names_the_conversation_already_knows_in_any_case() =>
        Assert.Equal("[NAME] says [NAME] is tired", PersonalDetails.Redact("marisela says xochitl is tired", ["Marisela Ruiz", "Xochitl"]));
}
