using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Families;

namespace PuenteBot.Tests.Portal;

/// <summary>Enrolling a family in the portal, finding them again, and their page (contact details for signed-in staff).</summary>
public class PortalFamiliesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_web_chat_family_enrolled_in_the_form_gets_a_page_with_their_link_and_a_number_to_call()
    {
        await using var site = PortalSite.Create();
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();

        using var enrolled = await client.SubmitAsync("/portal/families/new", "/portal/families", new()
        {
            ["mrn"] = "MRN-3301", ["childFirstName"] = "Ava", ["caregiverName"] = "Sam <b>Lee</b>", ["phone"] = "+15005550123",
            ["language"] = "en", ["channel"] = "webchat", ["clinician"] = "Ana Ruiz",
        });
        var location = enrolled.Headers.Location?.OriginalString ?? string.Empty;
        var (status, page) = await client.GetAsync(location);

        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        Assert.StartsWith("/portal/families/fam-", location);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("The family is enrolled.", page);
        Assert.Contains("href=\"tel:+15005550123\"", WebUtility.HtmlDecode(page));
        Assert.Contains("Sam &lt;b&gt;Lee&lt;/b&gt;", page);
        Assert.DoesNotContain("<b>Lee", page);
        Assert.Matches("value=\"http://localhost/\\?lang=en&amp;invite=[A-Za-z0-9._%-]+\"", page);
        Assert.Single(await site.Services.GetRequiredService<IFamilyStore>().SearchAsync("MRN-33", 5, Cancel));
    }

    [Fact]
    public async Task A_form_with_problems_comes_back_with_what_was_typed_and_each_problem_in_the_clinicians_language()
    {
        await using var site = PortalSite.Create(PortalSite.Settings("es"));
        using var client = PortalSite.Client(site);
        using var _ = await client.SignInAsync();

        using var response = await client.SubmitAsync("/portal/families/new", "/portal/families", new()
        {
            ["mrn"] = "MRN-9", ["childFirstName"] = "", ["caregiverName"] = "Lucía", ["phone"] = "555 1234", ["language"] = "es", ["channel"] = "sms",
        });
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Revise los campos marcados abajo.", html);
        Assert.Contains("Escriba el número con el código de país", html);
        Assert.Contains("Obligatorio.", html);
        Assert.Contains("value=\"MRN-9\"", html);
        Assert.Contains("value=\"555 1234\"", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        Assert.Empty(await site.Services.GetRequiredService<IFamilyStore>().RecentAsync(5, Cancel));
    }

    [Fact]
    public async Task The_families_list_finds_by_record_number_and_name_and_needs_a_sign_in()
    {
        await using var site = PortalSite.Create();
        var store = site.Services.GetRequiredService<IFamilyStore>();
        await store.CreateAsync(new FamilyRecord("fam-a", "MRN-100", "Mateo", "Lucía Pérez", null, "es", "webchat", "Dr. Kim", DateTimeOffset.UtcNow), Cancel);
        await store.CreateAsync(new FamilyRecord("fam-b", "MRN-200", "Ava", "Sam Lee", null, "en", "webchat", null, DateTimeOffset.UtcNow), Cancel);
        using var client = PortalSite.Client(site);

        var (anonymous, _) = await client.GetAsync("/portal/families");
        using var signedIn = await client.SignInAsync();
        var (_, all) = await client.GetAsync("/portal/families");
        var (_, byName) = await client.GetAsync("/portal/families?q=p%C3%A9rez");
        var (_, none) = await client.GetAsync("/portal/families?q=zzz");
        var (missing, _) = await client.GetAsync("/portal/families/fam-zzz");

        Assert.Equal(HttpStatusCode.Redirect, anonymous);
        Assert.Contains("data-id=\"fam-a\"", all);
        Assert.Contains("data-id=\"fam-b\"", all);
        Assert.Contains("data-id=\"fam-a\"", byName);
        Assert.DoesNotContain("data-id=\"fam-b\"", byName);
        Assert.Contains("No family matches", none);
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }
}
