import { html } from "../../html.ts";

export const start = {
  welcome: (firstName: string, driveName: string) =>
    html`Bonjour ${firstName} ! Bienvenue au ${driveName}. ` +
    html`Les producteurs du coin vendent ici : vous commandez dans la semaine, ` +
    html`vous retirez votre cagette au point de retrait.`,
  welcomeBack: (firstName: string) => html`Re-bonjour ${firstName} !`,
  invitationAccepted: {
    producer: (farm: string) =>
      html`Vous êtes maintenant producteur pour « ${farm} ». Tapez /produits pour votre offre.`,
    coordinator: "Vous êtes maintenant coordinateur du drive. Tapez /aide pour vos commandes.",
    volunteer: "Merci ! Vous êtes inscrit comme bénévole du drive.",
  },
  invitationRefused: {
    unknown: "Ce lien d’invitation n’existe pas. Demandez un nouveau lien à un coordinateur.",
    used: "Ce lien d’invitation a déjà servi. Demandez un nouveau lien à un coordinateur.",
    expired: "Ce lien d’invitation a expiré. Demandez un nouveau lien à un coordinateur.",
  },
};
