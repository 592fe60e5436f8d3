using PuenteBot.Channels.Sms;
using PuenteBot.Families.Postgres;
using PuenteBot.Families.Sqlite;
using PuenteBot.State;

namespace PuenteBot.Families;

public static class FamiliesServiceCollectionExtensions
{
    /// <summary>The family store of <c>Storage:Provider</c>'s database and the invitations (what a turn needs to link a conversation); <c>Hosting:</c> is bound by AddEscalations.</summary>
    public static IServiceCollection AddFamilies(this IServiceCollection services)
    {
        services.AddOptions<FamilyOptions>().BindConfiguration(FamilyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddByProvider<IFamilyStore, SqliteFamilyStore, PostgresFamilyStore>();
        services.AddSmsStore(); // the invitation key is one of the install's settings
        services.AddSingleton<FamilyInvites>();
        return services;
    }

    /// <summary>Enrolment (the portal's form and <c>POST /api/families</c>): needs the SMS channel, the portal's conversation editor and proactive sending.</summary>
    public static IServiceCollection AddFamilyEnrolment(this IServiceCollection services) => services.AddSingleton<FamilyEnrolment>();
}
