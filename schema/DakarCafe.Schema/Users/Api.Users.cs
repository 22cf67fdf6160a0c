using DakarCafe.Protocol;
using DakarCafe.Schema.Users;

namespace DakarCafe.Schema;

public static partial class Api
{
    /// <summary>The <c>users</c> module's functions.</summary>
    public static class Users
    {
        /// <summary><c>users:getCurrentUser</c>: The caller's profile; null when signed out.</summary>
        public static QueryReference<NoArgs, User?> GetCurrentUser { get; } = new("users:getCurrentUser");

        /// <summary><c>users:getUserProfile</c>: A profile: one's own, or anyone's for admins.</summary>
        public static QueryReference<GetUserProfileArgs, User> GetUserProfile { get; } = new("users:getUserProfile");

        /// <summary><c>users:updateProfile</c>: Changes the caller's name, phone or avatar.</summary>
        public static MutationReference<UpdateProfileArgs, User> UpdateProfile { get; } = new("users:updateProfile");

        /// <summary><c>users:addAddress</c>: Adds a delivery address.</summary>
        public static MutationReference<AddressInput, User> AddAddress { get; } = new("users:addAddress");

        /// <summary><c>users:updateAddress</c>: Changes a delivery address.</summary>
        public static MutationReference<UpdateAddressArgs, User> UpdateAddress { get; } = new("users:updateAddress");

        /// <summary><c>users:removeAddress</c>: Removes a delivery address.</summary>
        public static MutationReference<AddressIdArgs, User> RemoveAddress { get; } = new("users:removeAddress");

        /// <summary><c>users:updatePreferences</c>: Changes language, notification and delivery preferences.</summary>
        public static MutationReference<UpdatePreferencesArgs, User> UpdatePreferences { get; } = new("users:updatePreferences");
    }
}
