using PuenteBot.Dialogs.Contact;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Tests.Dialogs.Contact;

/// <summary>The reply to the contact question: a no, or a name and a number read from the family's words.</summary>
public class ContactAnswerTests
{
    private static readonly BooleanRecognizer Booleans = new();

    [Theory]
    [InlineData("My name is Ana Lopez, 555-123-4567", "Ana Lopez", "+15551234567")]
    [InlineData("Me llamo Ana López, 555 123 4567", "Ana López", "+15551234567")]
    [InlineData("soy María, mi número es (555) 010-0199", "María", "+15550100199")]
    [InlineData("it's Rosa +52 55 1234 5678", "Rosa", "+525512345678")]
    [InlineData("555.123.4567", null, "+15551234567")]
    [InlineData("Juan", "Juan", null)]
    public void Reads_the_name_and_number(string text, string? name, string? phone)
    {
        var reply = ContactAnswer.Read(text, Booleans);

        Assert.False(reply.Declined);
        Assert.Equal(name, reply.Name);
        Assert.Equal(phone, reply.Phone?.E164);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("no thanks")]
    [InlineData("I'd rather not")]
    [InlineData("prefer not")]
    [InlineData("prefiero no")]
    [InlineData("no, gracias")]
    [InlineData("mejor no")]
    [InlineData("dejarlo por ahora")]
    [InlineData("Stop for now")]
    [InlineData("not now")]
    [InlineData("más tarde")]
    public void A_no_declines(string text) => Assert.True(ContactAnswer.Read(text, Booleans).Declined);

    [Theory]
    [InlineData("Soy Ana, sí es este número", "Ana", true)]
    [InlineData("Maria, yes this number is fine", "Maria", true)]
    [InlineData("Rosa", "Rosa", null)]
    public void On_sms_a_yes_is_to_the_number_the_family_texts_from(string text, string name, bool? thisNumber)
    {
        var reply = ContactAnswer.Read(text, Booleans);

        Assert.Equal(name, reply.Name);
        Assert.Equal(thisNumber, reply.ThisNumber);
        Assert.Null(reply.Phone);
    }

    [Theory]
    [InlineData("regresa a las 6")]
    [InlineData("call me at 6:30 tomorrow")]
    [InlineData("room 12")]
    public void Times_and_short_numbers_are_not_phone_numbers(string text) => Assert.Null(PhoneNumbers.Find(text));
}
