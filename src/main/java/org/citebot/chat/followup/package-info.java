/**
 * Reading a chat message against the chat's last exchange: whether it is a follow-up
 * (« et celle de l'Agence ? », « il a dit quoi ? », « pourquoi ? », « et en 2018 ? »,
 * « source ? ») or a new question, and the full question a follow-up stands for. Rules over
 * French function words (determiners and their gender, pronouns, question words, prepositions,
 * time adverbs) and the words of the corpus; nothing about any particular article.
 */
package org.citebot.chat.followup;
