export interface OrganisationRow {
  id: string;
  name: string;
  typeLabel: string;
  placeLabels: string[];
  memberCount: number;
}

export interface OrganisationAdminDetail {
  id: string;
  name: string;
  typeLabel: string;
  registrationNumber: string;
  address: string[];
  placeLabels: string[];
  sizeBandLabel: string;
  website: string;
  createdAt: Date;
  members: {
    userId: string;
    fullName: string;
    email: string;
    jobTitle: string;
    isOwner: boolean;
    active: boolean;
    since: Date;
  }[];
  applications: {
    id: string;
    reference: string | null;
    status: string;
    statusLabel: string;
    themeLabels: string[];
    createdAt: Date;
    submittedAt: Date | null;
    /** The lead's page exists once an application has been submitted. */
    leadPage: boolean;
  }[];
  awards: {
    id: string;
    reference: string | null;
    themeLabels: string[];
    awardedAt: Date;
    expiresAt: Date;
    state: "CURRENT" | "EXPIRED" | "REVOKED";
    listedOnRegister: boolean;
  }[];
}
