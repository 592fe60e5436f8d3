using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PuenteBot.Content.Answers;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Retrieval;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Grounding;

namespace PuenteBot.Tests.Dialogs.Grounding;

public class ClinicKnowledgeTests
{
    [Fact]
    public void Answers_carry_the_clinics_own_facts()
    {
        using var knowledge = Knowledge(new ClinicOptions { Phone = "(555) 010-0199", Hours = "Mon–Fri 8–6" });

        var phone = knowledge.Index.Search("what is the clinic phone number?", "en").First();
        Assert.Equal(("answer", "clinic-phone"), (phone.Document.Source, phone.Document.Id));
        Assert.Equal("You can call the clinic at (555) 010-0199.", phone.Document.Text);

        var hours = knowledge.Index.Search("¿a qué hora abren?", "es").First();
        Assert.Equal("clinic-hours", hours.Document.Id);
        Assert.Contains("Mon–Fri 8–6", hours.Document.Text);
    }

    [Fact]
    public void A_fact_the_clinic_has_not_configured_says_to_ask_the_care_team()
    {
        using var knowledge = Knowledge(new ClinicOptions());

        var phone = knowledge.Index.Search("what number do i call", "en").First();
        Assert.Equal("clinic-phone", phone.Document.Id);
        Assert.Equal(AnswerSet.Embedded.Find("en", "clinic-phone")!.Unknown, phone.Document.Text);
        Assert.DoesNotContain("{0}", phone.Document.Text);
    }

    [Fact]
    public void Is_a_singleton_built_once_from_the_registered_content()
    {
        var services = new ServiceCollection();
        services.AddHandoutLibrary();
        services.AddAnswerSet();
        services.AddOptions<ClinicOptions>().Configure(o => o.Address = "12 Main St");
        services.AddGrounding();
        using var provider = services.BuildServiceProvider();

        var knowledge = provider.GetRequiredService<ClinicKnowledge>();
        Assert.Same(knowledge, provider.GetRequiredService<ClinicKnowledge>());
        Assert.Same(knowledge.Index, knowledge.Index);
        var address = knowledge.Index.Search("where is the clinic", "en").First();
        Assert.Equal(("clinic-address", "/handouts/en/getting-to-visits"), (address.Document.Id, address.Document.Link));
        Assert.Contains("12 Main St", address.Document.Text);
    }

    internal static ClinicKnowledge Knowledge(ClinicOptions clinic) =>
        new(HandoutLibrary.Embedded, AnswerSet.Embedded, Options.Create(clinic));
}
