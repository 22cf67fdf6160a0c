/** The backend's address as the device reaches it (10.0.2.2 is the host from the Android emulator). */
export const serverUrl = process.env.EXPO_PUBLIC_DAKARCAFE_SERVER ?? "http://10.0.2.2:5080";
